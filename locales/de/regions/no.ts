/** German: the name of Norway and the words about the services whose home is data/regions/no. */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Norwegen',
  services: {
    'det-finnes-hjelp': {
      about:
        'Ein anonymer Chat mit einer Psychologin oder einem Psychologen, für Erwachsene ab 18 Jahren mit sexuellem Interesse an Kindern. Der Chat wird gelöscht, wenn er endet; Ihre IP-Adresse und der Beginn des Chats werden 7 Tage lang gespeichert. Für einen Behandlungstermin müssen Sie Ihren Namen und Ihre norwegische Personennummer angeben, und für die Behandlung fällt der übliche Eigenanteil an.',
      linkLabel: 'Mit einer Psychologin oder einem Psychologen chatten, ohne zu sagen, wer Sie sind',
      talk:
        'Sie können mit einer Psychologin oder einem Psychologen über das chatten, was Ihnen Sorgen macht, ohne zu sagen, wer Sie sind.',
      whenYouCall:
        'Sie chatten mit einer Psychologin oder einem Psychologen, die oder der Sie beraten kann, ohne zu sagen, wer Sie sind. Wenn der Chat nicht funktioniert, können Sie nach Angaben des Dienstes die 800 99 900 anrufen.',
      passesOnFull:
        'Was Sie im Chat schreiben, wird gelöscht, wenn der Chat endet. Ihre IP-Adresse und der Zeitpunkt, zu dem Sie einen Chat beginnen, werden 7 Tage lang gespeichert und dann gelöscht; warum, erklärt der Dienst auf seiner Datenschutzseite. Für einen Behandlungstermin müssen Sie Ihren Namen und Ihre norwegische Personennummer angeben. Für die Behandlung fällt der übliche Eigenanteil an.',
    },
    'kirkens-sos': {
      about:
        'Ein Krisentelefon, jeden Tag rund um die Uhr erreichbar. Ihre Nummer wird dort nicht angezeigt.',
      helpNow:
        'Sie wissen nicht mehr weiter? {name}, {number}, jederzeit; Ihre Nummer wird nicht angezeigt. Ein Anruf kostet so viel wie ein Anruf auf eine normale Festnetznummer.',
    },
    alarmtelefonen: {
      young:
        'Für Kinder und Jugendliche: {name}, das Telefon der Kinder- und Jugendhilfe, {number}, kostenlos und anonym, rund um die Uhr. Jeder Kontakt wird erfasst.',
      youngFull:
        'Kinder und Jugendliche erreichen {name}, das Telefon der Kinder- und Jugendhilfe, unter {number}, kostenlos und anonym, rund um die Uhr. Jeder Kontakt wird erfasst und schriftlich festgehalten.',
    },
    'emergency-113-no': {
      about: 'medizinischer Notruf, wenn es um Leben und Tod geht',
    },
    'police-112-no': {
      about:
        'Polizei, wenn ein Kind jetzt in Gefahr ist. Bei einem Notruf werden Ihr Name und Ihr Standort übermittelt',
    },
    'politiet-tips': {
      about:
        'Die Hinweisseite der norwegischen Polizei für Websites mit Missbrauchsabbildungen von Kindern; die Hinweise bearbeitet Kripos. Sie müssen keine E-Mail-Adresse angeben: Wenn Sie eine angeben, erhalten Sie eine Referenznummer.',
    },
  },
} satisfies RegionWords<typeof no>;
