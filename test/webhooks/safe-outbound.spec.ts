import { checkOutboundUrl, isPublicAddress } from '../../src/common/http/safe-outbound';

describe('safe outbound addresses', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.1',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '192.0.2.10',
    '::',
    '::1',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '2002:7f00:1::',
    '64:ff9b::7f00:1',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );

  it('checks scheme, credentials and private hosts unless allowed', async () => {
    const strict = { allowPrivate: false, allowHttp: false };
    expect(await checkOutboundUrl('https://93.184.215.14/x', strict, 'u')).toEqual([]);
    expect(await checkOutboundUrl('http://93.184.215.14/x', strict, 'u')).toEqual([expect.stringMatching(/https/)]);
    expect(await checkOutboundUrl('ftp://93.184.215.14/x', { ...strict, allowHttp: true }, 'u')).toHaveLength(1);
    expect(await checkOutboundUrl('https://a:b@93.184.215.14/', strict, 'u')).toEqual([
      'u must not contain credentials',
    ]);
    expect(await checkOutboundUrl('https://localhost/', strict, 'u')).toEqual([
      'u resolves to a private or reserved address',
    ]);
    expect(await checkOutboundUrl('https://[::1]/', strict, 'u')).toEqual([
      'u points to a private or reserved address',
    ]);
    expect(await checkOutboundUrl('http://127.0.0.1:9/', { allowPrivate: true, allowHttp: true }, 'u')).toEqual([]);
  });
});
