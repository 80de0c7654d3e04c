import { allLocales } from '@faker-js/faker';
const out = {};
for (const [code, loc] of Object.entries(allLocales)) {
  const p = loc.person; if (!p) continue;
  const fn = p.first_name; const ln = p.last_name;
  const flat = (x) => !x ? [] : Array.isArray(x) ? x.flat(3) : Object.values(x).flat(3);
  out[code] = { first: flat(fn), last: flat(ln).filter(s=>typeof s==='string') };
}
console.log(JSON.stringify(out));
