/**
 * Rule 'requirements': the manifest declares the ExcelApi set it needs, so
 * Office hides the add-in where it cannot run instead of failing at run time.
 */
import type { ManifestRule } from './types';
import { childrenNamed, descend, firstChild } from './xml';

const SHORT_VERSION = /^\d{1,5}\.\d{1,5}$/;

export const requirementsRule: ManifestRule = ({ root }) => {
  const requirements = firstChild(root, 'Requirements');
  if (!requirements) {
    return [
      {
        rule: 'requirements',
        path: root.path,
        message: '<Requirements> is missing: declare the lowest ExcelApi set the add-in needs',
      },
    ];
  }
  const sets = descend(requirements, 'Sets');
  const excel = sets ? childrenNamed(sets, 'Set').find((set) => set.attributes['Name'] === 'ExcelApi') : undefined;
  if (!excel) {
    return [
      { rule: 'requirements', path: requirements.path, message: '<Requirements><Sets> has no <Set Name="ExcelApi">' },
    ];
  }
  const version = excel.attributes['MinVersion'] ?? sets?.attributes['DefaultMinVersion'] ?? '1.1';
  if (!SHORT_VERSION.test(version)) {
    return [{ rule: 'requirements', path: excel.path, message: `ExcelApi MinVersion "${version}" must look like 1.7` }];
  }
  return [];
};
