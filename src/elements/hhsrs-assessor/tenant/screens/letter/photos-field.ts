import { html, nothing, type TemplateResult } from 'lit';
import type { TenantView } from '../../view.ts';

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** Optional photos: chosen with the file picker, checked and cleaned, listed with a download and a remove button. */
export function photosField(v: TenantView): TemplateResult {
  const { t, photos } = v;
  const choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) photos.add(files);
  };
  return html`<div class="form-group ${photos.problems.length ? 'form-group--error' : ''}">
    <label class="label" for="photos">${t('photosLabel')}</label>
    <div id="photos-hint" class="hint">${t('photosHint')}</div>
    <div role="alert">
      ${photos.problems.map((problem) => html`<p class="error-message"><span class="visually-hidden">${t('errorPrefix')}</span> ${problem}</p>`)}
    </div>
    <input type="file" id="photos" class="file-input" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="photos-hint" ?disabled=${photos.busy} @change=${choose} />
    <p class="status-line" role="status">${photos.busy ? t('photosAdding') : photos.items.length ? t('photosAdded', photos.items.length) : ''}</p>
    ${
      photos.items.length
        ? html`<ul class="photos">
          ${photos.items.map(
            (photo, index) => html`<li class="photo">
              <img src=${photo.url} alt=${t('photoAlt', index + 1)} @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />
              <span class="photo__name">${photo.name}</span>
              <a href=${photo.url} download="photo-${index + 1}.${EXTENSIONS[photo.type] ?? 'jpg'}"
                >${t('photoDownload')}<span class="visually-hidden">${t('photoHidden', index + 1)}</span></a
              >
              <button class="link" type="button" @click=${() => photos.remove(photo.id)}>
                ${t('photoRemove')}<span class="visually-hidden">${t('photoHidden', index + 1)}</span>
              </button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  </div>`;
}
