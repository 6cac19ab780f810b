import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { yuanToFen } from '../domain/index.ts';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: `<p>{{ fen }}</p><router-outlet />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly fen = yuanToFen(1.5);
}
