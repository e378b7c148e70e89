import { fixture } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { html } from 'lit';
import '../../../src/elements/hazard-register/define.ts';
import type { HazardRegister } from '../../../src/elements/hazard-register/hazard-register.ts';
import type { RegisterRepository } from '../../../src/storage/register/repository.ts';

/** Drives `<hazard-register>` as a user would: by labels, buttons and headings inside its shadow root. */
export class RegisterDriver {
  constructor(readonly element: HazardRegister) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot as ShadowRoot;
  }

  text(): string {
    return this.root.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  heading(): string {
    return this.root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async settle(): Promise<void> {
    for (let i = 0; i < 3; i += 1) {
      await this.element.updateComplete;
      for (const screen of this.root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
        '[data-screen], hhsrs-register-evidence, hhsrs-register-import, hhsrs-register-assessment-import',
      ))
        await screen.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async waitForHeading(text: string | RegExp): Promise<void> {
    await waitUntil(
      () => (typeof text === 'string' ? this.heading() === text : text.test(this.heading())),
      `heading never became ${String(text)}; it is “${this.heading()}”`,
      { timeout: 20000 },
    );
    await this.settle();
  }

  async waitForText(text: string): Promise<void> {
    await waitUntil(() => this.text().includes(text), `never showed “${text}”`, { timeout: 20000 });
    await this.settle();
  }

  field<T extends HTMLElement = HTMLInputElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in “${this.heading()}”`);
    return found;
  }

  /** Waits for a control to be shown, as a user waits for the screen that holds it. */
  async waitForField(selector: string): Promise<void> {
    await waitUntil(() => this.root.querySelector(selector), `no ${selector} appeared in “${this.heading()}”`, {
      timeout: 20000,
    });
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.waitForField(selector);
    const control = this.field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await this.settle();
  }

  async choose(selector: string): Promise<void> {
    await this.waitForField(selector);
    const radio = this.field(selector);
    radio.click();
    await this.settle();
  }

  button(text: string | RegExp, within: ParentNode = this.root): HTMLButtonElement {
    const buttons = [...within.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find((b) =>
      typeof text === 'string' ? b.textContent?.replace(/\s+/g, ' ').trim() === text : text.test(b.textContent ?? ''),
    );
    if (!found)
      throw new Error(
        `no button “${String(text)}” in “${this.heading()}”: ${buttons.map((b) => b.textContent?.trim()).join(' | ')}`,
      );
    return found;
  }

  /** Clicks a button once it is there, as a user waits for a screen's "Loading…" to give way to it. */
  async click(text: string | RegExp, within?: ParentNode): Promise<void> {
    await waitUntil(() => this.hasButton(text, within), `no button “${String(text)}” appeared in “${this.heading()}”`, {
      timeout: 20000,
    });
    this.button(text, within).click();
    await this.settle();
  }

  hasButton(text: string | RegExp, within: ParentNode = this.root): boolean {
    return [...within.querySelectorAll<HTMLButtonElement>('button')].some((b) =>
      typeof text === 'string' ? b.textContent?.replace(/\s+/g, ' ').trim() === text : text.test(b.textContent ?? ''),
    );
  }

  async upload(selector: string, file: File): Promise<void> {
    await this.waitForField(selector);
    const input = this.field(selector);
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }
}

export async function registerFixture(
  options: { repository?: RegisterRepository; today?: string; storageKey?: string } = {},
): Promise<RegisterDriver> {
  const element = await fixture<HazardRegister>(html`<hazard-register
    today=${options.today ?? '2026-03-02'}
    storage-key=${options.storageKey ?? 'hazard-register'}
    .repository=${options.repository}
  ></hazard-register>`);
  const driver = new RegisterDriver(element);
  await waitUntil(() => driver.heading() !== '', 'the register never opened', { timeout: 20000 });
  await driver.settle();
  return driver;
}
