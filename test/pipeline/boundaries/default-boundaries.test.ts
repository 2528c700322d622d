import { describe, expect, it } from 'vitest';
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { regionGadm } from '../../../src/pipeline/boundaries/gadm-boundaries.ts';
import { operatorBoundaries } from '../../../src/pipeline/boundaries/operator-boundaries.ts';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { BOUNDARY_REPORT_FILE, boundaryReport } from '../../../src/pipeline/report/boundary-report.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { BOUNDARIES_FILE, PublishedBoundaries } from '../../../src/schemas/published-boundaries.ts';
import { fixture, readJson, runOn } from '../../helpers/stage1.ts';

describe('runStage1 without boundary files in program.json', async () => {
  const { result, outDir, reportPath } = await runOn(fixture('csv-comma-plain'));
  const topo = PublishedBoundaries.parse(await readJson(outDir, BOUNDARIES_FILE));

  it('runStage1 publishes batas-wilayah.topo.json from the default GADM shapes, by Kemendagri code, with GADM’s credit', () => {
    expect(result.fatal).toEqual([]);
    expect(topo.objects.kecamatan!.geometries).toHaveLength(12);
    expect(topo.objects.kelurahan!.geometries).toHaveLength(64);
    expect(topo.objects.kecamatan!.geometries.map((g) => g.properties)).toContainEqual({ code: '21.71.10', name: 'Batam Kota' });
    expect(topo.source).toEqual({ kecamatan: 'gadm', kelurahan: 'gadm' });
    expect(topo.attribution.kelurahan!.en).toMatch(/GADM 4\.1.*non-commercial/);
  });

  it('runStage1 writes the boundary matching report beside the validation report, never into the published folder', async () => {
    const report = await readFile(join(dirname(reportPath), BOUNDARY_REPORT_FILE), 'utf8');
    expect(report).toMatch(/^\ufeffstatus,level,kemendagri_code,official_name,gadm_id,gadm_name,gadm_kecamatan\r\n/);
    expect(await readdir(outDir, { recursive: true })).not.toContainEqual(expect.stringContaining(BOUNDARY_REPORT_FILE));
    await expect(access(join(outDir, BOUNDARY_REPORT_FILE))).rejects.toThrow();
  });
});

describe('operatorBoundaries with default shapes', () => {
  it('operatorBoundaries(no files, …, gadm) publishes what GADM has and names an area without a shape in a notice, not an error', async () => {
    const batam = await loadRegionIndex('21.71');
    const gadm = await regionGadm(batam);
    // An official kecamatan and kelurahan newer than any GADM list: nothing to draw them with.
    const regions = {
      ...batam,
      kecamatan: [...batam.kecamatan, { code: '21.71.13', name: 'Kecamatan Baru' }],
      kelurahan: [...batam.kelurahan, { code: '21.71.13.1001', name: 'Kelurahan Baru', kecamatanCode: '21.71.13' }],
    };
    const program = await loadProgram(fixture('csv-comma-plain'));
    const log = new ProblemLog();
    const published = operatorBoundaries([], program, regions, gadm, log);
    expect(published.fatal).toEqual([]);
    expect(published.missing).toEqual([
      { level: 'kecamatan', code: '21.71.13', name: 'Kecamatan Baru' },
      { level: 'kelurahan', code: '21.71.13.1001', name: 'Kelurahan Baru' },
    ]);
    expect(log.errorCount).toBe(0);
    expect(log.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^1 of 13 kecamatan have no shape.*Kecamatan Baru \(21\.71\.13\).*official kecamatan boundary file in program\.json "boundaries".*data\/README\.md/),
      expect.stringMatching(/^1 of 65 kelurahan have no shape.*Kelurahan Baru \(21\.71\.13\.1001\)/),
    ]);
    const topo = PublishedBoundaries.parse(JSON.parse(published.text!));
    expect(topo.objects.kecamatan!.geometries.map((g) => g.properties.code)).toEqual(batam.kecamatan.map((k) => k.code));
    expect(boundaryReport(published.missing, gadm.unused)).toContain('official area without a shape,kecamatan,21.71.13,Kecamatan Baru');
  });
});
