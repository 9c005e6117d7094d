// SPFx requires a file in the root of src/ for the TypeScript compiler; the web parts are in src/webparts/.
