import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ReactNode, useInsertionEffect } from "react";
import { ensurePaneStyles } from "./styles";

/** Fluent's theme (Office's light or dark) and the pane's stylesheet around whatever the pane shows. */
export function Root({ dark, children }: { dark?: boolean; children: ReactNode }) {
  useInsertionEffect(() => ensurePaneStyles(), []);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className="jx-provider">
      {children}
    </FluentProvider>
  );
}
