import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/signpost.css';

render(<PopupApp openGuide={() => window.scrollTo(0, 0)} />, document.getElementById('app')!);
