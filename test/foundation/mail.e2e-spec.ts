import { MailService } from '../../src/modules/mail/mail.service';
import { waitForMail } from '../helpers/mail';
import { TestApp } from '../helpers/test-app';

describe('mail (pg-boss job → .eml file when SMTP_URL is unset)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('delivers a queued message through the mail.send job', async () => {
    await t.get(MailService).send({
      to: 'someone@example.test',
      subject: 'Hello there',
      text: 'Body with a link https://example.test/x?token=abc',
      template: 'test.hello',
      organizationId: null,
    });
    const mail = await waitForMail(t.mailDir, 'someone@example.test', /Hello there/);
    expect(mail.text).toContain('token=abc');
  });
});
