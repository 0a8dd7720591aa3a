// A local Netlify build plugin: keeps the .NET SDK and the NuGet packages between builds,
// so only the first build after a cache clear downloads them.
const paths = [".dotnet", ".nuget-packages"];

module.exports = {
  async onPreBuild({ utils }) {
    await utils.cache.restore(paths);
  },
  async onPostBuild({ utils }) {
    await utils.cache.save(paths);
  },
};
