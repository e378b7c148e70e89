import { defineOnce } from '../../define-once.ts';
import { TenantCheck } from './tenant-check.ts';

defineOnce('hhsrs-tenant-check', TenantCheck);
