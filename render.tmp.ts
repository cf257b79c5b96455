import { visitDocumentKinds } from './shared/documents/kind-names';
import { visitDocuments } from './shared/documents/kinds';
import { renderDocx } from './shared/documents/render-docx';
import { universityFacts, chiefOfOffice, director, deputyDirector } from './tests/fixtures/documents';
import { readDocx } from './tests/support/docx-reader';
for (const kind of process.argv.slice(2)) {
  const facts = universityFacts(kind === 'proposal' ? { options: { today: '2026-11-26', signer: chiefOfOffice } } : { options: { today: '2026-11-26', signer: deputyDirector } });
  try {
    const { text } = await readDocx(await renderDocx((visitDocuments as any)[kind](facts)));
    console.log(`===== ${kind}\n${text}`);
  } catch (e) { console.log(kind, e); }
}
