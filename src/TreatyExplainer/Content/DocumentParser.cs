using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Content;

/// <summary>Turns a source file into a document with validated front matter, or diagnostics.</summary>
public static class DocumentParser
{
    public static ParsedDocument? Parse(SourceFile file, List<Diagnostic> diagnostics)
    {
        var split = FrontMatterSplitter.Split(file.Text, out var problem);
        if (split is null)
        {
            var message = problem == DiagnosticCodes.MissingFrontMatter
                ? "file must start with front matter: a line '---', then 'title:' and 'kind:', then a closing '---'"
                : "front matter is not closed: add a line '---' after the last key";
            diagnostics.Add(Diagnostic.Error(file.Path, 1, 1, problem!, message));
            return null;
        }

        if (!UrlPath.IsValidId(file.Id))
        {
            diagnostics.Add(Diagnostic.Error(file.Path, 1, 1, DiagnosticCodes.BadId,
                $"file name '{file.Id}' is not a valid id: use lowercase letters, digits and single hyphens, like 'sergey-lavrov.md'"));
            return null; // its URL would be unsafe, and every later error about it would only repeat this one
        }

        var frontMatter = FrontMatterParser.Parse(file.Path, split.Yaml, split.YamlLine, diagnostics);
        if (frontMatter is null) return null;

        var inSeeds = file.Origin == Origin.Seeds;
        if (inSeeds != (frontMatter.Kind == Kind.Source))
        {
            var message = inSeeds
                ? $"files in seeds/ are source documents: write 'kind: source', not '{frontMatter.Kind.Name()}'"
                : "source documents belong in seeds/, not input/";
            diagnostics.Add(Diagnostic.Error(file.Path, 1, 1, DiagnosticCodes.KindInWrongFolder, message));
            return null;
        }
        diagnostics.AddRange(Placeholder.Find(file));
        return new ParsedDocument(new ContentDocument(file.Path, file.Origin, frontMatter, split.BodyLine), file.Text[split.BodyStart..]);
    }
}
