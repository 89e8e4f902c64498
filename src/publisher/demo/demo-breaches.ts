import { KIND_SPECS, type BreachRef, type IdentifierKind } from '../../core/index.ts';

const classesOf = (kinds: readonly IdentifierKind[]): string[] => [
  ...new Set(kinds.map((k) => KIND_SPECS[k].category)),
];

/** Two fictional breaches, so the demo shows a person found in one, the other, or both. */
export function demoBreaches(kinds: readonly IdentifierKind[], labRecords: number, clinicRecords: number) {
  const lab: BreachRef = {
    id: 'demo-lab-2026',
    title: 'Demo Diagnostics lab breach (synthetic)',
    operator: 'Demo Diagnostics (fictional laboratory)',
    date: '2026-03-01',
    dataClasses: [...classesOf(kinds), 'name', 'lab-results'],
    records: labRecords,
  };
  const clinic: BreachRef = {
    id: 'demo-clinic-2025',
    title: 'Demo Clinic appointment leak (synthetic)',
    operator: 'Demo Clinic (fictional)',
    date: '2025-10-15',
    dataClasses: [...classesOf(kinds), 'name', 'appointments'],
    records: clinicRecords,
  };
  return { lab, clinic };
}
