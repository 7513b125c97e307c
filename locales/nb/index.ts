/** Every word Signpost says in Norwegian (Bokmål): the pages' sentences, and the words about each region and online programme. */
import type { LanguageWords } from '../index';
import guide from './guide';
import online from './online';
import popup from './popup';
import at from './regions/at';
import au from './regions/au';
import be from './regions/be';
import ca from './regions/ca';
import ch from './regions/ch';
import de from './regions/de';
import elsewhere from './regions/elsewhere';
import fr from './regions/fr';
import ie from './regions/ie';
import nl from './regions/nl';
import no from './regions/no';
import nz from './regions/nz';
import uk from './regions/uk';
import us from './regions/us';

export default {
  popup,
  guide,
  online,
  regions: { uk, ie, us, ca, au, de, at, ch, nl, be, fr, no, nz, elsewhere },
} satisfies LanguageWords;
