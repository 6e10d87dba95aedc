// Sensitive personal data is shown masked unless the actor may see it and asks.
export function maskCitizenId(value: string | null): string | null {
  if (!value) return value;
  return value.length <= 4 ? '****' : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** Only the year of birth stays visible. */
export function maskBirthDate(value: string | null): string | null {
  return value ? `${value.slice(0, 4)}-**-**` : value;
}

export function maskEthnicity(value: string | null): string | null {
  return value ? '***' : value;
}
