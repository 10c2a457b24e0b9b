import { canonicalUnit, UnitNameSchema } from "../../core/config.js";

export { canonicalUnit };

/** systemd unit types other than services: `poweroff.target`, `-.mount`, `dbus.socket` are never "restarted". */
const OTHER_UNIT_TYPES = /\.(?:target|socket|mount|automount|swap|path|timer|slice|scope|device)$/i;

export type UnitCheck = { ok: true; unit: string } | { ok: false; reason: string };

/**
 * The one decision on which unit a restart may name, for the tool and for delivery alike: a plain service
 * name (never option-shaped, never another unit type), normalised (`nginx.service` is `nginx`), and on the
 * operator's allow-list.
 */
export function checkUnit(name: string, allowed: readonly string[]): UnitCheck {
  if (!UnitNameSchema.safeParse(name).success)
    return { ok: false, reason: `${JSON.stringify(name.slice(0, 64))} is not a plain service name` };
  if (OTHER_UNIT_TYPES.test(name))
    return { ok: false, reason: `${name} is not a service: only services are restarted` };
  const unit = canonicalUnit(name);
  if (allowed.length === 0)
    return { ok: false, reason: "no service is on the operator's restart allow-list (restart.services)" };
  if (!allowed.some((entry) => canonicalUnit(entry) === unit))
    return { ok: false, reason: `${unit} is not on the operator's restart allow-list (restart.services)` };
  return { ok: true, unit };
}
