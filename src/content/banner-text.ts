import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { PortalIncidentLink, PortalWarning } from '../contracts/portal-lookup.ts';
import { formatList } from '../core/list-format.ts';
import { withoutDoubledPeriod } from '../core/sentence.ts';
import { uiLocale, type Translate } from './translate.ts';

/** How many incidents the banner lists; older ones are left to the notice links. */
export const MAX_LISTED_INCIDENTS = 2;

export interface IncidentLine {
  text: string;
  unconfirmed: boolean;
  noticeUrl: string;
  noticeLabel: string;
}

export interface BannerText {
  heading: string;
  incidents: IncidentLine[];
  unconfirmedNote: string;
  checkLabel: string;
  checkKind: IdentifierKind | undefined;
  /** Set when the newest incident has a published private check (its own list as a range source). */
  privateCheckLabel: string | undefined;
  dismiss: string;
  dismissLabel: string;
  privacyHint: string;
  settingsHint: string;
}

function snake(text: string): string {
  return text.replaceAll('-', '_');
}

/** "November 2023" (or just "2023") in the UI language; sources often give only the month. */
export function formatIncidentDate(date: string, locale: string | undefined): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return String(year ?? date);
  const when = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(when);
}

function incidentLine(link: PortalIncidentLink, t: Translate, locale: string | undefined): IncidentLine {
  const { incident, role } = link;
  const classes = incident.dataClasses.map((c) => t(`portal_dataClass_${snake(c)}`));
  const list = formatList(locale, classes);
  const date = formatIncidentDate(incident.disclosed, locale);
  return {
    text: withoutDoubledPeriod(
      t(role === 'operator' ? 'portal_incident_operator' : 'portal_incident_client', [
        date,
        incident.operators[0] ?? '',
        list,
      ]),
    ),
    unconfirmed: incident.verification !== 'verified',
    noticeUrl: incident.notice.url,
    noticeLabel: t(incident.notice.official ? 'portal_notice_official' : 'portal_notice_press'),
  };
}

/** Every string the banner shows, composed from the catalogue entry and the locale files. */
export function bannerText(warning: PortalWarning, t: Translate): BannerText {
  const locale = uiLocale(t);
  const checkKind = warning.leakedKinds[0];
  return {
    heading: t('portal_heading'),
    incidents: warning.incidents.slice(0, MAX_LISTED_INCIDENTS).map((link) => incidentLine(link, t, locale)),
    unconfirmedNote: t('portal_incident_unconfirmed'),
    checkLabel: t(checkKind === undefined ? 'portal_check_any' : `portal_check_${snake(checkKind)}`),
    checkKind,
    privateCheckLabel:
      warning.incidents[0]?.incident.privateCheck === undefined ? undefined : t('portal_private_check'),
    dismiss: t('portal_dismiss'),
    dismissLabel: t('portal_dismiss_label', [warning.portal.domain]),
    privacyHint: t('portal_privacy_hint'),
    settingsHint: t('portal_settings_hint'),
  };
}
