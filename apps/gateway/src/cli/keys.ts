import 'reflect-metadata';
import { Role } from '@alliance/kernel';
import { openGatewayForCli } from './cli-gateway';

/**
 * Mints and revokes API keys against the configured database:
 *   npm run keys -- create --role ADMIN [--name "ops laptop"] [--partner <id>] [--scope partners:read ...]
 *   npm run keys -- revoke <key id>
 *   npm run keys -- list
 */
function usage(): never {
  console.error('usage: npm run keys -- create --role ROLE [--name NAME] [--partner PARTNER_ID] [--scope SCOPE ...]\n       npm run keys -- revoke KEY_ID\n       npm run keys -- list');
  process.exit(2);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command) usage();
  const gateway = await openGatewayForCli();
  const ctx = gateway.systemContext();
  try {
    if (command === 'create') {
      const options: { role?: string; name?: string; partner?: string; scopes: string[] } = { scopes: [] };
      for (let i = 0; i < rest.length; i += 2) {
        const [flag, value] = [rest[i], rest[i + 1]];
        if (value === undefined) usage();
        if (flag === '--role') options.role = value;
        else if (flag === '--name') options.name = value;
        else if (flag === '--partner') options.partner = value;
        else if (flag === '--scope') options.scopes.push(value);
        else usage();
      }
      const role = options.role as Role | undefined;
      if (!role || !Object.values(Role).includes(role)) {
        console.error(`--role must be one of ${Object.values(Role).join(', ')}`);
        process.exit(2);
      }
      const { key, secret } = await ctx.transaction(() =>
        gateway.modules.access.keys.mint(ctx, { name: options.name ?? `${role.toLowerCase()} key`, role, partnerId: options.partner ?? null, scopes: options.scopes }),
      );
      console.log(`id:     ${key.id}\nrole:   ${key.role}${key.partnerId ? `\npartner: ${key.partnerId}` : ''}${key.scopes.length ? `\nscopes: ${key.scopes.join(' ')}` : ''}\nkey:    ${secret}\n(shown once: only its hash is stored)`);
    } else if (command === 'revoke') {
      const id = rest[0] ?? usage();
      const key = await ctx.transaction(() => gateway.modules.access.keys.revoke(ctx, id));
      console.log(`revoked ${key.id} (${key.name})`);
    } else if (command === 'list') {
      for (const key of await gateway.modules.access.keys.list(ctx)) {
        console.log(`${key.id}  ${key.role.padEnd(24)} ${key.prefix}…  ${key.revokedAt ? 'revoked' : 'active '}  ${key.name}`);
      }
    } else usage();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: ${message}`);
    process.exitCode = 1;
  } finally {
    await gateway.close();
  }
}

void main();
