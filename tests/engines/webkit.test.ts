import { launchWebKitEngine, webkitEngine, webkitInstalled } from './webkit.js';
import { engineSuite } from './suite.js';

engineSuite({ name: 'WebKit', installed: webkitInstalled, install: webkitEngine.install, launch: launchWebKitEngine });
