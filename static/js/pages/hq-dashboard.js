// /hq/dashboard 经营看板: HQ's view of the company, any branch or team (tap a unit below to
// look inside), with the same figures, rep table and trend a boss has for their subtree.
import SubPage from '../components/sub-page.js';
import TeamDashboard from '../components/team-dashboard.js';

export default {
  name: 'HqDashboardPage',
  components: { SubPage, TeamDashboard },
  template: `
    <sub-page title="经营看板">
      <div class="page__body"><team-dashboard base="/hq" /></div>
    </sub-page>
  `,
};
