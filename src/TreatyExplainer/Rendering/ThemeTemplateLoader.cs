using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Resolves template names to files inside theme/ and nowhere else: no absolute paths, no '..', no backslashes,
/// and no symbolic link that leads out.
/// </summary>
public sealed class ThemeTemplateLoader(string themeDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(themeDirectory);

    /// <summary>The theme-relative path of a template name such as 'partials/names', or null when it would leave theme/.</summary>
    public string? Resolve(string name)
    {
        if (name.Length == 0 || name.Contains('\\') || name.Contains('\0') || name.StartsWith('/') || Path.IsPathRooted(name))
            return null;
        var segments = name.Split('/');
        if (segments.Any(s => s is "" or "." or "..")) return null;
        var relative = name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn";
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !Path.GetFullPath(target).StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        }
        return relative;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' is outside theme/ or not a valid name");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var full = Path.Combine(_root, templatePath);
        if (Resolve(templatePath) != templatePath || !File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' does not exist in theme/");
        return File.ReadAllText(full);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
