import type { IdentifierKind } from '../identifiers/types.ts';
import type { SyntheticGenerator } from './types.ts';
import { email } from './email.ts';
import { phone } from './phone.ts';
import { password } from './password.ts';
import { pesel } from './pesel.ts';
import { cpr } from './cpr.ts';
import { bsn } from './bsn.ts';
import { nir } from './nir.ts';
import { nhs } from './nhs.ts';
import { nino } from './nino.ts';
import { ssn } from './ssn.ts';
import { sePersonnummer } from './se-personnummer.ts';
import { noFodselsnummer } from './no-fodselsnummer.ts';
import { fiHetu } from './fi-hetu.ts';
import { beRrn } from './be-rrn.ts';
import { esDni } from './es-dni.ts';
import { itCodiceFiscale } from './it-codice-fiscale.ts';
import { eeIsikukood } from './ee-isikukood.ts';
import { czRodneCislo } from './cz-rodne-cislo.ts';
import { iePpsn } from './ie-ppsn.ts';
import { atSvnr } from './at-svnr.ts';
import { deSteuerId } from './de-steuer-id.ts';

/** A generator per kind; the property tests and the publisher's demo data iterate over it. */
export const SYNTHETIC: Readonly<Record<IdentifierKind, SyntheticGenerator>> = {
  email: email,
  phone: phone,
  password: password,
  pesel: pesel,
  cpr: cpr,
  bsn: bsn,
  nir: nir,
  nhs: nhs,
  nino: nino,
  ssn: ssn,
  'se-personnummer': sePersonnummer,
  'no-fodselsnummer': noFodselsnummer,
  'fi-hetu': fiHetu,
  'be-rrn': beRrn,
  'es-dni': esDni,
  'it-codice-fiscale': itCodiceFiscale,
  'ee-isikukood': eeIsikukood,
  'cz-rodne-cislo': czRodneCislo,
  'ie-ppsn': iePpsn,
  'at-svnr': atSvnr,
  'de-steuer-id': deSteuerId,
};
