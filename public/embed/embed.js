// Settings for the framed tenant self-check, from the frame's address, e.g.
//   tenant.html?council-name=Anytown%20Council&council-phone=01632%20960%20000&theme=anytown
// Only these names are read. Values become attributes, which the element shows as text.
const TEXT = ['council-name', 'council-phone', 'council-hours'];
const THEMES = ['anytown', 'riverside'];

const params = new URLSearchParams(location.search);
const element = document.querySelector('hhsrs-assessor');
for (const name of TEXT) {
  const value = params.get(name);
  if (element && value) element.setAttribute(name, value.slice(0, 200));
}
const lang = params.get('lang');
if (element && (lang === 'en' || lang === 'cy')) {
  element.setAttribute('lang', lang);
  document.documentElement.lang = lang;
}
// A link the tenant may follow must be a web address, never a script.
const url = params.get('council-url');
if (element && url && /^https:\/\//i.test(url)) element.setAttribute('council-url', url);

const theme = params.get('theme');
if (theme && THEMES.includes(theme)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `../themes/${theme}.css`;
  document.head.append(link);
}
