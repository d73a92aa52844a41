import { currentHubTemplate, dropHubTemplate } from './hub-template';

export default async function globalTeardown(): Promise<void> {
  const template = currentHubTemplate();
  if (template) await dropHubTemplate(template, process.env.DATABASE_URL);
}
