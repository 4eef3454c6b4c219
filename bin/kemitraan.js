#!/usr/bin/env node
// The executable is bin/kemitraan.cjs (see there why CommonJS); this name stays for scripts that call it.
import kemitraan from './kemitraan.cjs';

kemitraan.start();
