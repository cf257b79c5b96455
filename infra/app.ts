import { createApp } from './app-factory';

createApp().app.synth();
