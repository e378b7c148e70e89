/**
 * hhsrs-toolkit/define: registers every element. Each registration is guarded, so loading this module twice,
 * or alongside another version of the toolkit, never throws; the first definition of a tag wins.
 */
import './elements/hhsrs-assessor/define.ts';
import './elements/overcrowding-check/define.ts';
import './elements/hazard-register/define.ts';
