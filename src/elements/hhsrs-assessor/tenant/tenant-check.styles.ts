import { css } from 'lit';
import { sharedStyles } from '../../ui/styles.ts';

/** GOV.UK patterns the tenant check adds to the shared ones: captions, back link, interruption, letter. */
export const tenantCheckStyles = [
  ...sharedStyles,
  css`
    .tenant {
      max-width: 40rem;
    }
    h1:focus {
      outline: none;
    }
    .caption {
      display: block;
      margin-bottom: 0.3rem;
      color: var(--_secondary);
      font-size: 1.1875rem;
    }
    .legend--page {
      margin-bottom: 1rem;
    }
    .legend--page h1 {
      margin-bottom: 0;
    }
    .legend--question {
      margin-bottom: 0.5rem;
      font-size: 1.1875rem;
      font-weight: 700;
    }
    .back-link {
      display: inline-block;
      position: relative;
      margin: 0 0 1.5rem;
      padding-left: 0.9rem;
      font-size: 1rem;
      color: var(--_text);
    }
    .back-link::before {
      content: '';
      position: absolute;
      top: 0.45em;
      left: 0.15rem;
      width: 0.4rem;
      height: 0.4rem;
      border: solid currentColor;
      border-width: 2px 0 0 2px;
      transform: rotate(-45deg);
    }
    .choices__divider {
      width: 1.75rem;
      text-align: center;
    }
    .choice__hint {
      margin: 0.2rem 0 0;
    }
    .choice label {
      display: block;
      overflow-wrap: anywhere;
    }
    .button--start {
      font-weight: 700;
      font-size: 1.3rem;
    }
    .button--inverse {
      color: var(--_accent);
      background: #fff;
      box-shadow: 0 2px 0 #144e81;
    }
    .list {
      margin: 0 0 1rem;
      padding-left: 1.25rem;
    }
    .list li {
      margin-bottom: 0.3rem;
    }
    .list--tight {
      margin: 0;
    }
    .contact {
      list-style: none;
      padding-left: 0;
    }
    .summary-list--actions > div {
      grid-template-columns: minmax(7rem, 1fr) 2fr auto;
    }
    .summary-list__actions {
      text-align: right;
    }
    .tag--orange {
      color: #6e3619;
      background: #fcd6c3;
    }
    .result {
      margin-bottom: 1.5rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    .interruption {
      margin: 0 0 1.5rem;
      padding: 1.25rem;
      color: #fff;
      background: var(--_accent);
    }
    .interruption .caption {
      color: #fff;
    }
    .interruption h1,
    .interruption h2 {
      color: #fff;
    }
    .get-help-now {
      margin: 0 0 1.5rem;
      padding: 0.25rem 1rem 0.5rem;
      border-left: 10px solid var(--_error);
      background: var(--_panel);
    }
    .get-help-now h2 {
      margin-top: 0.75rem;
    }
    .steps {
      margin: 0 0 1.5rem;
      padding-left: 1.75rem;
    }
    .steps > li {
      margin-bottom: 1.25rem;
    }
    .steps > li::marker {
      font-weight: 700;
      font-size: 1.5rem;
    }
    .steps--one {
      padding-left: 0;
    }
    .steps h2 {
      margin-top: 0;
      font-size: 1.3rem;
    }
    .panel--confirmation {
      color: #fff;
      background: var(--_success);
      text-align: center;
    }
    .panel--confirmation h1 {
      margin: 0;
    }
    .storage {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--_border);
    }
    .letter {
      margin: 1.5rem 0;
      padding: 1.5rem;
      border: 1px solid var(--_border);
      background: var(--_surface);
    }
    .letter__subject {
      font-size: 1.3rem;
    }
    .letter h3 {
      margin-top: 1.5rem;
    }
    .file-input {
      max-width: 100%;
      font: inherit;
    }
    .photos {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .photo {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-size: 1rem;
    }
    .photo img {
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      background: var(--_panel);
    }
    .photo__name {
      overflow-wrap: anywhere;
      color: var(--_secondary);
    }
    .photo .link {
      align-self: flex-start;
    }
    .letter-text {
      font-family: inherit;
    }
    .date-input {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
    }
    .date-input__item .label {
      margin-bottom: 0.3rem;
    }
    input.date-input__input--2 {
      width: 3.5em;
    }
    input.date-input__input--4 {
      width: 5.5em;
    }
    .follow-up-list {
      margin-bottom: 1.5rem;
    }
    .choices--inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .letter-lang {
      margin: 1rem 0 0.5rem;
    }
    .after-sending {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--_border);
    }
    @media (max-width: 40rem) {
      .summary-list--actions > div {
        grid-template-columns: 1fr;
      }
      .summary-list__actions {
        text-align: left;
      }
      .interruption,
      .letter {
        padding: 1rem;
      }
      .steps {
        padding-left: 1.4rem;
      }
    }
    @media print {
      .tenant {
        max-width: none;
      }
      .letter {
        margin: 0;
        padding: 0;
        border: 0;
      }
      .letter h3 {
        break-after: avoid;
      }
      .letter__problem > div {
        break-inside: avoid;
      }
    }
  `,
];
