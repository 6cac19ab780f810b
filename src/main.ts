import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { installTrustedTypesPolicy } from './app/core/security/trusted-types';

installTrustedTypesPolicy();
bootstrapApplication(App, appConfig).catch((err) => console.error(err));
