using System.Security.Cryptography;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Rendering;

/// <summary>A static file of the theme, published under a name that carries a hash of its content.</summary>
public sealed record ThemeAsset(string Name, string SitePath, byte[] Bytes);

/// <summary>
/// The theme's templates, each parsed once, and its assets. Templates are read only through
/// <see cref="ThemeTemplateLoader"/>, so nothing a template names can reach outside theme/.
/// </summary>
public sealed class Theme
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, ThemeAsset> _assets;

    private Theme(string directory, ThemeTemplateLoader loader, Dictionary<string, Template> templates, Dictionary<string, ThemeAsset> assets)
    {
        Directory = directory;
        Loader = loader;
        _templates = templates;
        _assets = assets;
    }

    public string Directory { get; }

    /// <summary>A hash of every template and asset, so a cached page is reused only with the theme that made it.</summary>
    public string Fingerprint { get; private init; } = "";

    public ThemeTemplateLoader Loader { get; }

    public IEnumerable<ThemeAsset> Assets => _assets.Values.OrderBy(a => a.Name, StringComparer.Ordinal);

    public static Theme Load(string directory, Func<string, string> relativeToRoot, DiagnosticBag diagnostics)
    {
        var loader = new ThemeTemplateLoader(directory);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var fingerprint = new System.Text.StringBuilder();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (loader.Resolve(relative) != relative || ReadFile(file, relativeToRoot, diagnostics) is not { } bytes) continue;
            var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            fingerprint.Append(file).Append('\n').Append(text).Append('\n');
            var template = Template.Parse(text, relative);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(Diagnostic.Error(relativeToRoot(file), message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    DiagnosticCodes.TemplateError, message.Message));
            }
            if (!template.HasErrors) templates[relative] = template;
        }
        var assets = LoadAssets(Path.Combine(directory, "assets"), relativeToRoot, diagnostics);
        foreach (var asset in assets.Values.OrderBy(a => a.Name, StringComparer.Ordinal)) fingerprint.Append(asset.SitePath).Append('\n');
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fingerprint.ToString())));
        return new Theme(directory, loader, templates, assets) { Fingerprint = hash };
    }

    /// <summary>A theme file's bytes, or a diagnostic naming it: a pipe is never opened, and an unreadable file is an error, not a crash.</summary>
    private static byte[]? ReadFile(string file, Func<string, string> relativeToRoot, DiagnosticBag diagnostics)
    {
        if (!Content.FileType.IsRegular(file))
        {
            diagnostics.Add(Diagnostic.Error(relativeToRoot(file), 1, 1, DiagnosticCodes.NotARegularFile, "not a regular file (a pipe, socket or device); theme files must be ordinary files, so it was not opened"));
            return null;
        }
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(relativeToRoot(file), 1, 1, DiagnosticCodes.UnreadableFile, $"cannot read this file: {e.Message}"));
            return null;
        }
    }

    public Template? Find(string name) => Loader.Resolve(name) is { } path ? _templates.GetValueOrDefault(path) : null;

    /// <summary>The href path of an asset such as 'site.css', for example /assets/site.3f2a1c9b.css.</summary>
    public string? AssetPath(string name) => _assets.GetValueOrDefault(name)?.SitePath;

    /// <summary>A context that escapes by default and offers the theme's own functions (<see cref="Functions"/>).</summary>
    public EscapingTemplateContext NewContext(ScriptObject functions)
    {
        var context = new EscapingTemplateContext { TemplateLoader = Loader };
        context.PushGlobal(functions);
        return context;
    }

    /// <summary>
    /// The functions templates may call: partial, asset, href. Built once per build and shared read-only by every
    /// page, because importing delegates into Scriban costs reflection.
    /// </summary>
    public ScriptObject Functions(Func<string, string> href)
    {
        var functions = new ScriptObject();
        functions.Import("partial", new Func<TemplateContext, string, HtmlString>(Partial));
        functions.Import("asset", new Func<TemplateContext, string, string>((context, name) =>
            href(AssetPath(name) ?? throw new ScriptRuntimeException(context.CurrentSpan, $"no asset '{name}' in theme/assets/"))));
        functions.Import("href", new Func<string, string>(href));
        return functions;
    }

    private HtmlString Partial(TemplateContext context, string name)
    {
        var template = Find(name.Contains('/') ? name : "partials/" + name)
            ?? throw new ScriptRuntimeException(context.CurrentSpan, $"no partial '{name}' in theme/partials/");
        return new HtmlString(template.Render(context));
    }

    private static Dictionary<string, ThemeAsset> LoadAssets(string folder, Func<string, string> relativeToRoot, DiagnosticBag diagnostics)
    {
        var assets = new Dictionary<string, ThemeAsset>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(folder)) return assets;
        foreach (var file in System.IO.Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            if (info.Name.StartsWith('.') || info.LinkTarget is not null || ReadFile(file, relativeToRoot, diagnostics) is not { } bytes) continue;
            if (info.Extension == ".js") bytes = ScriptCompactor.Compact(bytes);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = Path.GetFileNameWithoutExtension(file);
            var hashed = $"/assets/{name}.{hash}{Path.GetExtension(file)}";
            assets[info.Name] = new ThemeAsset(info.Name, hashed, bytes);
        }
        return assets;
    }
}
