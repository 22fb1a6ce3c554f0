import { Foundation1795621750857 } from './1795621750857-Foundation';
import { Subscriptions1795623321063 } from './1795623321063-Subscriptions';
import { Schedules1795623379580 } from './1795623379580-Schedules';
import { Accounts1795623495430 } from './1795623495430-Accounts';
import { ScansResults1795623743777 } from './1795623743777-ScansResults';
import { Mfa1795623763575 } from './1795623763575-Mfa';
import { ScanConfiguration1795623845162 } from './1795623845162-ScanConfiguration';
import { WhitelabelPreferences1795623986732 } from './1795623986732-WhitelabelPreferences';
import { VulnerabilityPrefixSearch1795700000000 } from './1795700000000-VulnerabilityPrefixSearch';
import { SmsSendCaps1795700000001 } from './1795700000001-SmsSendCaps';
import { PlatformEvents1796191545118 } from './1796191545118-PlatformEvents';
import { AiAssistant1796193216001 } from './1796193216001-AiAssistant';
import { SessionSecondFactor1796193341366 } from './1796193341366-SessionSecondFactor';
import { Saq1796193873806 } from './1796193873806-Saq';
import { Exceptions1796193661091 } from './1796193661091-Exceptions';
import { Reports1796195143821 } from './1796195143821-Reports';
import { Notifications1796217827908 } from './1796217827908-Notifications';
import { RunCoverage1796200000000 } from './1796200000000-RunCoverage';
import { ThreatIntel1796218607996 } from './1796218607996-ThreatIntel';
import { Webhooks1796218966064 } from './1796218966064-Webhooks';
import { ExceptionExpiringNotice1796300000000 } from './1796300000000-ExceptionExpiringNotice';

// Every migration, in order. `npm run cli -- migration:generate <Name>` writes a new file; add its class here.
export const migrations: Function[] = [Foundation1795621750857, Subscriptions1795623321063, Schedules1795623379580, Accounts1795623495430, ScansResults1795623743777, Mfa1795623763575, ScanConfiguration1795623845162, WhitelabelPreferences1795623986732, VulnerabilityPrefixSearch1795700000000, SmsSendCaps1795700000001, PlatformEvents1796191545118, AiAssistant1796193216001, SessionSecondFactor1796193341366, Exceptions1796193661091, Saq1796193873806, Reports1796195143821, RunCoverage1796200000000, Notifications1796217827908, ThreatIntel1796218607996, Webhooks1796218966064, ExceptionExpiringNotice1796300000000];
