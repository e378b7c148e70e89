import { fileButton } from '../../../../../ui/file-button.ts';
import { html, nothing } from 'lit';
import type { PhotoRef } from '../../../../../../schema/assessment.ts';
import type { Translate } from '../../../../../i18n.ts';
import type { ScoringMessages } from './messages.ts';
import type { PhotosController } from './photos-controller.ts';

/** A hazard's photos: previews (or a placeholder), each removable, and a button to add one. */
export function hazardPhotos(
  t: Translate<ScoringMessages>,
  p: PhotosController,
  hazardId: string,
  name: string,
  photos: readonly PhotoRef[],
) {
  const id = (part: string) => `photos-${hazardId}-${part}`;
  const problem = p.problems.get(hazardId);
  return html`<div class="photos no-print" role="group" aria-labelledby=${id('title')}>
    <h4 id=${id('title')}>${t('photosHeading')}</h4>
    <p class="hint" id=${id('hint')}>${t('photosHint')}</p>
    ${problem ? html`<p class="error-message" id=${id('problem')} tabindex="-1" role="alert"><span class="visually-hidden">Error:</span> ${problem}</p>` : nothing}
    ${
      photos.length
        ? html`<ul class="photo-list">
          ${photos.map((photo) => {
            const url = p.url(photo.id);
            return html`<li data-photo=${photo.id}>
              ${
                url
                  ? html`<img src=${url} alt=${t('photoAlt', name, photo.originalName)} width="120" height="90" @error=${() => p.previewFailed(photo.id)} />`
                  : html`<span class="photo-placeholder">${t('noPreview')}</span>`
              }
              <span class="photo-name">${photo.originalName}</span>
              <button type="button" class="link" @click=${() => void p.remove(hazardId, photo)}>Remove<span class="visually-hidden"> ${photo.originalName} from ${name}</span></button>
            </li>`;
          })}
        </ul>`
        : nothing
    }
    ${fileButton({
      label: html`${t('addPhoto')}<span class="visually-hidden"> to ${name}</span>`,
      inputId: `photo-input-${hazardId}`,
      buttonId: id('add'),
      describedBy: id('hint'),
      accept: 'image/jpeg,image/png,image/webp',
      onFile: (file) => void p.add(hazardId, file),
    })}
  </div>`;
}
