import { mount } from 'svelte';
import App from './App.svelte';

export const boot = () => mount(App, { target: document.getElementById('app')! });
