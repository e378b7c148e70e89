// Driving <overcrowding-check> by its labels, as a housing officer or a resident would.

/** Fills person `index` (0-based card order). */
export async function fillPerson(root, index, { age, sex }) {
  const card = root.locator('[part~="person"]').nth(index);
  await card.getByLabel('Age in years').fill(String(age));
  await card.getByLabel(sex === 'female' ? 'Female' : 'Male', { exact: true }).check();
}

/** Adds a room of `use` ('Bedroom', 'Living room', …) with a floor area in square metres. */
export async function addRoom(root, { use, squareMetres }) {
  await root.getByRole('button', { name: 'Add a room' }).click();
  const card = root.locator('[part~="room"]').last();
  await card.getByLabel('What is the room used as?').selectOption({ label: use });
  await card.getByLabel('Floor area', { exact: true }).check();
  await card.getByLabel('Floor area (m²)').fill(String(squareMetres));
}
