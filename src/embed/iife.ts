// Entry of the one-tag script build (`dist/eventline.iife.js`): everything public, as the global `eventline`.
export * from '../index.js';
