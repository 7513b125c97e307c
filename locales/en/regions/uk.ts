/** English: the name of the United Kingdom and the words about the services whose home is data/regions/uk. */
import type uk from '@/data/regions/uk';
import type { RegionWords } from '../../words';

export default {
  name: 'United Kingdom',
  services: {
    'stop-it-now-uk': {
      about:
        'A confidential helpline for anyone worried about their own sexual thoughts or behaviour towards children, for family and friends, and for professionals.',
      confidential: 'Confidential: you don’t have to give your name.',
      languages: 'In English or Welsh. An interpreter can join the call.',
      linkLabel: 'Live chat or secure message',
      whenYouCall:
        'You don’t have to give your name or any detail that identifies you. You can talk about what worries you and what you could do next. If talking feels too much, start a live chat or send a secure message from the helpline page instead.',
      passesOnShort:
        'If you identify yourself and also say something that identifies a child who has been abused or is at risk, or suggests anyone else is at risk of harm, they pass it on. They also pass on details of any crime.',
      passesOnFull:
        'You do not have to give your name or any detail that identifies you. If you give details that identify you, and also information that identifies a child who has been abused or is at risk of abuse, or that suggests anyone else is at risk of harm, the helpline passes it on to the appropriate agencies. Details of any criminal offence are also passed on.',
    },
    'stop-it-now-uk-self-help': {
      about:
        'Free, anonymous self-help, information and support to stop viewing sexual images of children or having sexual conversations with children.',
    },
    'stop-it-now-uk-someone-else': {},
    'stop-it-now-uk-child-behaviour': {
      about: 'For parents and carers worried about a child’s or young person’s sexual behaviour.',
    },
    'stop-it-now-uk-faq': {
      about: 'Answers to the questions people often ask.',
    },
    childline: {
      young: 'Under 19? {name}: {number}, any time',
      youngFull: 'If you are under 19, you can talk to {name}: {number}, any time, or use 1-2-1 chat.',
    },
    nspcc: {
      about:
        'For adults worried about a child. Phone at the times below, or get in touch online or by email at any time.',
      confidentiality:
        'You don’t have to say who you are. If the NSPCC thinks a child could be at risk, it has a duty to share what you tell it with other agencies.',
    },
    samaritans: {
      about: 'Someone to talk to, free, any time, in the UK and Ireland.',
      confidentiality:
        'You don’t have to give your name, and Samaritans won’t share what you say or your details, with some exceptions: for example, if you share information that identifies a child or an adult at risk who is suffering abuse or harm, they may contact other services after talking it through with you.',
      helpNow: 'Struggling to cope? {name}, {number}, free, any time.',
    },
    'emergency-999-uk': {
      about: 'in an emergency',
    },
    iwf: {
      about: 'Report sexual images of children. You only need to give the web address.',
    },
    ceop: {
      about: 'Report online sexual abuse or grooming of someone under 18.',
    },
  },
} satisfies RegionWords<typeof uk>;
