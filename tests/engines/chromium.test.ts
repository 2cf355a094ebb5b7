import { existsSync } from 'node:fs';
import { chromiumEngine, launchChromiumEngine } from './chromium.js';
import { engineSuite } from './suite.js';

engineSuite({ name: 'Chromium', installed: () => existsSync(chromiumEngine.executable), install: chromiumEngine.install, launch: launchChromiumEngine });
