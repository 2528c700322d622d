// TypeScript alone does not know .astro files (Astro's editor plugin does); tests import components to render
// them through the container API, so they are typed here as what the container takes.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
