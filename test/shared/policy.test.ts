import {
  administersProvince,
  holdsDicSeat,
  holdsPpcOfficeSeat,
  isOwnerSteward,
  isProvinceDic,
  mayManageDataset,
  readsWithoutGrant,
  requireDic,
  requireOwnerSteward,
  requireProvinceDic,
} from '../../src/shared/policy';
import { ForbiddenError } from '../../src/shared/errors';
import { anonymous, type OfficialRole, type OfficialViewer, type Viewer } from '../../src/shared/viewer';

// A pure table: no hub, no database. Names are those of the seeds: NT (Ninh Thuận), BP (Bình Phước).
function official(roles: OfficialRole[], agencyId = 'sotttt-nt', provinceCode = 'NT'): OfficialViewer {
  return { kind: 'official', officialId: `${agencyId}:${roles.join('+')}`, accountName: 'x', agencyId, provinceCode, roles };
}

const dataset = { provinceCode: 'NT', ownerAgencyId: 'soyte-nt' };
const dicAgency = { kind: 'DIC', provinceCode: 'NT' };

const dicOfProvince = official(['DIC_ADMIN']);
const dicElsewhere = official(['DIC_ADMIN'], 'sotttt-bp', 'BP');
const dicAtItCentre = official(['DIC_ADMIN'], 'ttcntttt-nt');
const ownerSteward = official(['DATA_STEWARD'], 'soyte-nt');
const ownerViewer = official(['AGENCY_VIEWER'], 'soyte-nt');
const otherSteward = official(['DATA_STEWARD'], 'sonv-nt');
const platformAdmin = official(['PLATFORM_ADMIN'], 'platform', 'BP');
const citizen: Viewer = { kind: 'citizen', citizenId: 'c', provinceCode: 'NT' };

describe('one access policy (src/shared/policy.ts)', () => {
  it.each<[string, Viewer, boolean]>([
    ['a DIC_ADMIN of the province', dicOfProvince, true],
    ['a DIC_ADMIN of the province at a unit under DIC (the role, not the agency, decides)', dicAtItCentre, true],
    ['a DIC_ADMIN of another province', dicElsewhere, false],
    ['the owner’s steward', ownerSteward, false],
    ['the platform administrator', platformAdmin, false],
    ['a citizen', citizen, false],
    ['anyone anonymous', anonymous, false],
  ])('002 §30.2, §26.3: DIC of the province is a DIC_ADMIN of that province — %s', (_, viewer, expected) => {
    expect(isProvinceDic(viewer, dataset)).toBe(expected);
    if (expected) expect(requireProvinceDic(viewer, dataset)).toBe(viewer);
    else expect(() => requireProvinceDic(viewer, dataset)).toThrow(ForbiddenError);
  });

  it.each<[string, Viewer, boolean]>([
    ['a steward of the owning agency', ownerSteward, true],
    ['a viewer of the owning agency (not a steward)', ownerViewer, false],
    ['a steward of another agency', otherSteward, false],
    ['DIC of the province', dicOfProvince, false],
  ])('002 §4.2a: the owner’s steward is a DATA_STEWARD of the one owning agency — %s', (_, viewer, expected) => {
    expect(isOwnerSteward(viewer, dataset)).toBe(expected);
    if (!expected) expect(() => requireOwnerSteward(viewer, dataset)).toThrow(ForbiddenError);
  });

  it.each<[string, Viewer, boolean, boolean]>([
    ['the owner’s steward', ownerSteward, true, true],
    ['a viewer of the owning agency', ownerViewer, false, true],
    ['DIC of the province', dicOfProvince, true, true],
    ['DIC of another province', dicElsewhere, false, false],
    ['a steward of another agency', otherSteward, false, false],
    ['the platform administrator', platformAdmin, false, false],
    ['anyone anonymous', anonymous, false, false],
  ])('manages a dataset: owner’s steward or DIC; reads it without a grant: the owning agency or DIC — %s', (_, viewer, manages, reads) => {
    expect(mayManageDataset(viewer, dataset)).toBe(manages);
    expect(readsWithoutGrant(viewer, dataset)).toBe(reads);
  });

  it.each<[string, Viewer, boolean]>([
    ['DIC of the province', dicOfProvince, true],
    ['DIC of another province', dicElsewhere, false],
    ['the platform administrator of any province', platformAdmin, true],
    ['a steward', ownerSteward, false],
  ])('003 §4.1: agencies are registered by DIC of the province or the platform administrator — %s', (_, viewer, expected) => {
    expect(administersProvince(viewer, 'NT')).toBe(expected);
  });

  it.each<[string, OfficialViewer, { kind: string; provinceCode: string } | null, boolean]>([
    ['a DIC_ADMIN of the province’s DIC', dicOfProvince, dicAgency, true],
    [
      'a DIC_ADMIN of a unit under DIC: acts for DIC, but the department holds the seat',
      dicAtItCentre,
      { kind: 'CENTRE', provinceCode: 'NT' },
      false,
    ],
    ['a DIC_ADMIN of another province’s DIC', dicElsewhere, { kind: 'DIC', provinceCode: 'BP' }, false],
    ['an official of the DIC without the role', official(['AGENCY_VIEWER']), dicAgency, false],
    ['an official whose agency is unknown', dicOfProvince, null, false],
  ])('002 §5.5: the council’s DIC seat is the province’s DIC itself — %s', (_, viewer, agency, expected) => {
    expect(holdsDicSeat(viewer, agency, dataset)).toBe(expected);
  });

  it('002 §5.5: the PPC Office seat is a reviewer of the province’s PPC Office', () => {
    const reviewer = official(['PPC_OFFICE_REVIEWER'], 'vpubnd-nt');
    expect(holdsPpcOfficeSeat(reviewer, { kind: 'PPC_OFFICE', provinceCode: 'NT' }, dataset)).toBe(true);
    expect(holdsPpcOfficeSeat(reviewer, { kind: 'PPC_OFFICE', provinceCode: 'BP' }, dataset)).toBe(false);
    expect(holdsPpcOfficeSeat(official(['DIC_ADMIN'], 'vpubnd-nt'), { kind: 'PPC_OFFICE', provinceCode: 'NT' }, dataset)).toBe(false);
  });

  it('a refusal carries the caller’s message, or the default one', () => {
    expect(() => requireDic(ownerSteward, 'only DIC')).toThrow('only DIC');
    expect(() => requireDic(anonymous)).toThrow(ForbiddenError);
    expect(requireDic(dicElsewhere)).toBe(dicElsewhere);
  });
});
