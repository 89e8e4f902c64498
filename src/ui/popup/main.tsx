import '../shared/base.css';
import './popup.css';
import '../shared/incidents.css';
import './popup-page.css';
import { mountPage } from '../shared/mount-page.tsx';
import { PopupApp } from './popup-app.tsx';

void mountPage(() => <PopupApp />);
