import { existsSync } from 'node:fs';
import { firefoxEngine, launchFirefoxEngine } from './firefox.js';
import { engineSuite } from './suite.js';

engineSuite({ name: 'Firefox', installed: () => existsSync(firefoxEngine.executable), install: firefoxEngine.install, launch: launchFirefoxEngine });
