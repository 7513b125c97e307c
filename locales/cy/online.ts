/** Welsh: the words about the online programmes open to anyone, anywhere. */
import type { ONLINE } from '@/data/online';
import type { ServicesWords } from '../words';

export default {
  'troubled-desire': {
    about: 'Hunanasesiad a hunangymorth dienw am ddim yn eich porwr, yn Saesneg ac mewn ieithoedd eraill.',
  },
  redirection: {
    about:
      'Rhaglen hunangymorth ddienw sy’n seiliedig ar therapi ymddygiad gwybyddol (CBT). Yn Saesneg, Sbaeneg a Ffinneg.',
  },
  'prevent-it': {
    about:
      'Therapi ar-lein dienw am ddim gyda chymorth therapydd, i oedolion. Rhaglen ymchwil yw hi: mae rhai pobl yn aros cyn i’w therapi ddechrau, ac efallai nad yw’n derbyn pobl newydd.',
  },
} satisfies ServicesWords<typeof ONLINE>;
