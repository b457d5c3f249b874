import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = buildSync({stdin:{contents:"export { ConvAnimation } from '/work/wt/i11-lib/packages/react/dist/index.js'",resolveDir:'.'},bundle:true,minify:true,write:false,format:'esm',splitting:true,metafile:true,outdir:'x',external:['react','react-dom','react-dom/client','react/jsx-runtime','styled-components','@conv-arithmetic/core','gifenc'],logLevel:'silent'});
const outs=r.metafile.outputs; const loaded=new Set(); const visit=p=>{if(loaded.has(p)||!outs[p])return;loaded.add(p);for(const l of outs[p].imports) if(l.kind==='import-statement') visit(l.path)}; visit('x/stdin.js');
const code = r.outputFiles.filter(f=>[...loaded].some(p=>f.path.endsWith(p))).map(f=>f.text).join('\n');
import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/i11page.js', code);
console.log(code.length, gzipSync(code,{level:9}).length);
