import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

const cache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/**
 * The fields selected below the resolving field, as dotted paths relative to it
 * (`edges.node.enrollments.program`), fragments followed. A list resolver reads it to load,
 * with the page, what the client asked of each item, in one statement per kind instead of
 * one batch per field. `@skip`/`@include` are not evaluated: a field they may drop counts as
 * selected, so at worst something is loaded that is not shown.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  let paths = cache.get(info.fieldNodes);
  if (!paths) {
    const found = new Set<string>();
    for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, '', info.fragments, found, new Set());
    paths = found;
    cache.set(info.fieldNodes, paths);
  }
  return paths;
}

function collect(set: SelectionSetNode, prefix: string, fragments: GraphQLResolveInfo['fragments'], out: Set<string>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const path = prefix + selection.name.value;
      out.add(path);
      if (selection.selectionSet) collect(selection.selectionSet, `${path}.`, fragments, out, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, prefix, fragments, out, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(`${prefix}${name}`)) continue;
      seen.add(`${prefix}${name}`);
      collect(fragment.selectionSet, prefix, fragments, out, seen);
    }
  }
}
