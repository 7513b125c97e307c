/** English: the name of Norway and the words about the services whose home is data/regions/no. */
import type no from '@/data/regions/no';
import type { RegionWords } from '../../words';

export default {
  name: 'Norway',
  services: {
    'det-finnes-hjelp': {
      about:
        'An anonymous chat with a psychologist, for adults (18 and over) with a sexual interest in children. The chat is deleted when it ends; your IP address and the time you start are kept for 7 days. To book treatment, you must give your name and national ID number, and treatment has the usual patient fee.',
      linkLabel: 'Chat with a psychologist without saying who you are',
      talk: 'You can chat with a psychologist about what worries you, without saying who you are.',
      whenYouCall:
        'You chat with a psychologist, who can give you guidance, without saying who you are. If the chat does not work, the service says you can call 800 99 900.',
      passesOnFull:
        'What you write in the chat is deleted when the chat ends. Your IP address and the time you start a chat are kept for 7 days, then deleted; the service explains why on its privacy page. To book treatment, you must give your name and national ID number. Treatment has the usual patient fee.',
    },
    'kirkens-sos': {
      about: 'A crisis line, open every day, around the clock. Your number is not shown to them.',
      helpNow:
        'Struggling to cope? Call {name} on {number}, any time: your number is not shown. It costs the same as calling an ordinary landline.',
    },
    alarmtelefonen: {
      young:
        'A child or young person? {name}, the child welfare service’s line: {number}, free and anonymous, any time. Every contact is recorded.',
      youngFull:
        'Children and young people can contact {name}, the child welfare service’s line, on {number}, free and anonymously, any time. Every contact is recorded and written down.',
    },
    'emergency-113-no': {
      about: 'medical emergencies, when it is about life or death',
    },
    'police-112-no': {
      about: 'the police, for a child in danger now. Emergency calls pass on your name and location',
    },
    'politiet-tips': {
      about:
        'The Norwegian police’s tip page for websites with sexual abuse material of children; Kripos handles the tips. You do not have to give your email address: if you do, you get a reference number.',
    },
  },
} satisfies RegionWords<typeof no>;
