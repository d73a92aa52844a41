import { agencyAccountName } from '../../src/modules/agencies/account-name';

describe('003 §4.1 agency account names', () => {
  const department = { kind: 'DEPARTMENT' as const, name: 'Sở Thông tin và Truyền thông' };
  const homeAffairs = { kind: 'DEPARTMENT' as const, name: 'Sở Nội vụ' };
  const ninhSon = { kind: 'DISTRICT_PPC' as const, name: 'Ủy ban nhân dân huyện Ninh Sơn' };

  it.each([
    ['a) a department', department, null, 'sotttt'],
    [
      'b) a district or city PPC',
      { kind: 'DISTRICT_PPC' as const, name: 'Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm' },
      null,
      'ubnd_prtc',
    ],
    ['c) a commune PPC, its whole name', { kind: 'COMMUNE_PPC' as const, name: 'Ủy ban nhân dân xã Phước Hải' }, null, 'ubnd_phuochai'],
    ['d) a division of a department', { kind: 'DEPARTMENT_DIVISION' as const, name: 'Văn phòng' }, homeAffairs, 'sonv_vp'],
    [
      'e) a unit under a department',
      { kind: 'DEPARTMENT_UNIT' as const, name: 'Trung tâm Công nghệ thông tin và Truyền thông' },
      department,
      'ttcntttt',
    ],
    ['f) a division of a district', { kind: 'DISTRICT_DIVISION' as const, name: 'Phòng Văn hóa thông tin' }, ninhSon, 'vhtt_ns'],
  ])('%s', (_rule, agency, parent, expected) => {
    expect(agencyAccountName(agency, parent)).toBe(expected);
  });

  it('an abbreviation the agency already uses wins over one derived from its name', () => {
    expect(agencyAccountName({ kind: 'POLICE', name: 'Công an tỉnh Ninh Thuận', abbreviation: 'CA-Tỉnh' }, null)).toBe('catinh');
  });

  it('a registered parent lends its account name: sonv_vp under sonv, vhtt_ns under ubnd_ns', () => {
    expect(
      agencyAccountName({ kind: 'DEPARTMENT_DIVISION', name: 'Văn phòng' }, { ...homeAffairs, abbreviation: 'SNV', code: 'sonv' }),
    ).toBe('sonv_vp');
    expect(agencyAccountName({ kind: 'DISTRICT_DIVISION', name: 'Phòng Văn hóa thông tin' }, { ...ninhSon, code: 'ubnd_ns' })).toBe(
      'vhtt_ns',
    );
  });

  it('a division without its parent cannot be named', () => {
    expect(() => agencyAccountName({ kind: 'DISTRICT_DIVISION', name: 'Phòng Tư pháp' }, null)).toThrow(/parent/);
  });
});
