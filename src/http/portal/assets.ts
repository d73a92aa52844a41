import type { FastifyInstance } from 'fastify';
import { scriptPath, stylesheetPath } from './layout';

/**
 * Colours pass WCAG AA on white (#1a1a1a text, #0b4f8a links: 8:1); focus is a thick outline;
 * one column under 600 px.
 */
const stylesheet = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}
a:focus,button:focus,.scroll:focus,input:focus,select:focus,textarea:focus,main:focus{outline:3px solid #c25400;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#e8f0f8;border-bottom:1px solid #9bb3cc}
.brand{font-weight:700;text-decoration:none;font-size:1.15rem}
nav{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.account{display:flex;gap:1rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem}
footer{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid #c9d3dd;font-size:.9rem;color:#444}
.grid{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.cards>li{border:1px solid #c9d3dd;border-radius:.4rem;padding:.75rem}
.meta{color:#444;font-size:.9rem}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .4rem;border-radius:.25rem;border:1px solid #0b4f8a;color:#0b4f8a}
dt{font-weight:600}
dd{margin:0 0 .4rem 1.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #c9d3dd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.scroll{overflow-x:auto}
.api pre{overflow-x:auto;background:#f4f6f8;padding:.5rem;font-size:.85rem}
.scroll table{width:max-content;min-width:100%}
.scroll td,.scroll th{max-width:22rem}
.scroll th:first-child,.scroll td:first-child{position:sticky;left:0;background:#fff}
th .type{display:block;font-weight:400;font-size:.75rem;color:#555}
input[type=file]{max-width:100%}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
input[type=text],input[type=search],input[type=password],input[type=date],select,textarea{width:100%;max-width:32rem;padding:.45rem;font:inherit;border:1px solid #6b7785;border-radius:.25rem}
fieldset{border:1px solid #c9d3dd;border-radius:.4rem;margin:.75rem 0;padding:.5rem 1rem}
.checks label{display:inline-block;font-weight:400;margin-right:1rem}
button,.button{display:inline-block;font:inherit;padding:.45rem 1rem;border:0;border-radius:.25rem;background:#0b4f8a;color:#fff;text-decoration:none;cursor:pointer;margin:.25rem .25rem .25rem 0}
button.danger{background:#a4161a}
button.link{background:none;color:#0b4f8a;text-decoration:underline;padding:0}
.inline{display:inline}
.error{color:#a4161a;font-weight:600}
.notice{background:#e6f4ea;border-left:4px solid #1e7b34;padding:.5rem 1rem}
.ok{color:#1e7b34}
.bad{color:#a4161a}
p.citation{background:#f4f6f8;padding:.5rem;border-left:3px solid #1d5fa8}
figure.chart{margin:1.5rem 0;max-width:48rem}
figure.chart figcaption{font-weight:600;margin-bottom:.5rem}
.bars{list-style:none;margin:0;padding:0}
.browse{list-style:none;padding:0;columns:2 14rem;column-gap:1.5rem}
.browse li{margin:0 0 .35rem;break-inside:avoid}
.bars li{margin:0 0 .6rem}
.bar-value{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:block;margin-top:.15rem;background:#e8f0f8}
@media (max-width:600px){.grid{grid-template-columns:1fr}header{flex-direction:column;align-items:flex-start}header nav{width:100%}header nav ul{flex:1 1 auto;min-width:0;flex-wrap:nowrap;overflow-x:auto;padding-bottom:.25rem}header nav li{white-space:nowrap}}
`;

/**
 * Progressive enhancement: every page reads and works without it, except that sending a file
 * from the desk needs it (the body is PUT as is; the server parses no multipart).
 */
const script = `document.addEventListener('DOMContentLoaded',function(){
document.querySelectorAll('[data-copy]').forEach(function(button){
button.hidden=false;
button.addEventListener('click',function(){
var source=document.getElementById(button.getAttribute('data-copy'));
if(source&&navigator.clipboard){navigator.clipboard.writeText(source.textContent).then(function(){button.textContent=button.getAttribute('data-copied')})}
})});
document.querySelectorAll('form[data-upload]').forEach(function(form){
form.hidden=false;
form.addEventListener('submit',function(event){
event.preventDefault();
var file=form.querySelector('input[type=file]').files[0];
var error=form.querySelector('[data-upload-error]');
if(!file)return;
fetch(form.getAttribute('action')+'?filename='+encodeURIComponent(file.name),{method:'PUT',body:file,headers:{'content-type':file.type||'application/octet-stream','x-csrf-token':form.elements._csrf.value}})
.then(function(response){return response.json().then(function(body){
if(response.ok&&body.ingestionJobId)location.href='/desk/jobs/'+body.ingestionJobId;
else if(response.ok)location.reload();
else error.textContent=body.message||String(response.status)})})
.catch(function(failure){error.textContent=String(failure)})
})})});
`;

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  app.get(stylesheetPath, (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(stylesheet),
  );
  app.get(scriptPath, (_request, reply) =>
    reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(script),
  );
}
