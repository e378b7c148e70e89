// Steps of the register's journeys that several page tests take.

/** Adds property P-001, 14 Mill Lane, a social landlord's in England, and waits for its page. */
export async function addProperty(register) {
  await register.getByRole('button', { name: 'Add a property' }).click();
  await register.getByLabel('Property reference').fill('P-001');
  await register.getByLabel('Address line 1').fill('14 Mill Lane');
  await register.getByLabel('Postcode').fill('AN1 2BC');
  await register.getByLabel('A social landlord (council or housing association)').check();
  await register.getByLabel('England', { exact: true }).check();
  await register.getByRole('button', { name: 'Save property' }).click();
  await register.getByRole('heading', { level: 1, name: 'P-001, 14 Mill Lane' }).waitFor();
}
